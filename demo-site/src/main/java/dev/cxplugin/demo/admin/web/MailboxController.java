package dev.cxplugin.demo.admin.web;

import dev.cxplugin.demo.launcher.MailCatcher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

/**
 * The demo's mailbox at /admin/mailbox: every email the store sent to the mail catcher, newest first,
 * with its rendered HTML. Only staff allowed to read notifications reach it (see the admin security file).
 */
@Controller
public class MailboxController {

    @RequestMapping(value = "/mailbox", method = RequestMethod.GET)
    public String mailbox(HttpServletRequest request, Model model) {
        Supplier<List<Map<String, String>>> box = mailbox(request);
        List<Map<String, String>> messages = box == null ? Collections.<Map<String, String>>emptyList() : box.get();
        model.addAttribute("catcherRunning", box != null);
        model.addAttribute("messages", messages);
        return "cxdemo/mailbox";
    }

    @SuppressWarnings("unchecked")
    protected Supplier<List<Map<String, String>>> mailbox(HttpServletRequest request) {
        Object value = request.getServletContext().getAttribute(MailCatcher.CONTEXT_ATTRIBUTE);
        return value instanceof Supplier ? (Supplier<List<Map<String, String>>>) value : null;
    }
}
