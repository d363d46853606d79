package org.praxis.account.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.security.SecondStepSignIn;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The second step of signing in to an account with two-factor sign-in: the code. */
@Controller
class SignInCodeController {

    private final SecondStepSignIn secondStep;

    SignInCodeController(SecondStepSignIn secondStep) {
        this.secondStep = secondStep;
    }

    @GetMapping("/signin/code")
    String form(HttpServletRequest request, @ModelAttribute("form") CodeForm form) {
        return secondStep.isPending(request) ? "account/signin-code" : "redirect:/signin";
    }

    /** Returns nothing once signed in: the sign-in has already sent the redirect. */
    @PostMapping("/signin/code")
    String submit(HttpServletRequest request, HttpServletResponse response, @ModelAttribute("form") CodeForm form,
                  BindingResult result) throws IOException, ServletException {
        try {
            switch (secondStep.complete(request, response, form.getCode())) {
                case SIGNED_IN -> {
                    return null;
                }
                case NOTHING_PENDING -> {
                    return "redirect:/signin?expired";
                }
                case WRONG_CODE -> result.rejectValue("code", "twoFactor.code.wrong");
            }
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
        }
        form.setCode(null);
        return "account/signin-code";
    }
}
