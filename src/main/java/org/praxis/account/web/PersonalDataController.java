package org.praxis.account.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.praxis.account.PersonalDataExport;
import org.praxis.policy.Actor;
import org.praxis.shared.web.Downloads;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The member's data page: download everything Praxis holds about them. */
@Controller
class PersonalDataController {

    private final PersonalDataExport export;

    PersonalDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/account/data")
    String page() {
        return "account/data";
    }

    @GetMapping("/account/data/export")
    void download(Actor actor, Locale locale, HttpServletResponse response) throws IOException {
        Downloads.startAttachment(response, PersonalDataExport.fileName(), "application/zip");
        export.write(actor, locale, response.getOutputStream());
    }
}
