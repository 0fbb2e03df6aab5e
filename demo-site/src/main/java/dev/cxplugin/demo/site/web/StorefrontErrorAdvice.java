package dev.cxplugin.demo.site.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import javax.servlet.http.HttpServletRequest;

/**
 * A shopper who hits an error in one of the {@code @RequestMapping} pages sees the store's own error page
 * ({@code utility/error}, status 500) instead of the container's; the exception is logged with its stack.
 * Spring's own request errors (405, 400 ...) keep their status: they are checked exceptions handled later.
 * (Product and category pages are served by Broadleaf's handler mappings, which this advice does not cover.)
 */
@ControllerAdvice
public class StorefrontErrorAdvice {

    private static final Log LOG = LogFactory.getLog(StorefrontErrorAdvice.class);

    @ExceptionHandler({RuntimeException.class, ServiceException.class, PricingException.class})
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public String handle(Exception e, HttpServletRequest request) {
        LOG.error("Storefront error on " + request.getMethod() + " " + request.getRequestURI(), e);
        return "utility/error";
    }
}
