package dev.cxplugin.common.admin;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

/**
 * What every CX admin section shares: the permission check against the section's ceiling entity (Broadleaf's
 * admin permissions, the same ones that hide the menu entry), the signed-in admin's login for audit trails, and
 * the 403 a user without the permission gets on any of the section's URLs.
 */
public abstract class CxAdminSectionController extends AdminAbstractController {

    /** The entity whose admin permissions guard this section (as in its BLC_ADMIN_SECTION row). */
    protected abstract String ceilingEntity();

    protected boolean isPermitted() {
        return isPermitted(EntityOperationType.FETCH);
    }

    protected boolean isPermitted(EntityOperationType operation) {
        return isPermitted(ceilingEntity(), operation);
    }

    protected boolean isPermitted(String entity, EntityOperationType operation) {
        try {
            adminRemoteSecurityService.securityCheck(entity, operation);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }

    /** The signed-in admin's login, or null. */
    protected String currentLogin() {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        return user == null ? null : user.getLogin();
    }

    protected String forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for this admin user");
        return null;
    }
}
