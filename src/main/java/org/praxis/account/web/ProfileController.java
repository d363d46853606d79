package org.praxis.account.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.praxis.account.Languages;
import org.praxis.account.MemberDirectory;
import org.praxis.account.ProfileUpdate;
import org.praxis.account.ProfileView;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.web.FormErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The own-profile editor, other members' profiles, and pictures. */
@Controller
class ProfileController {

    /** The profile form as typed. */
    static class ProfileForm {
        private String displayName;
        private String realName;
        private String institution;
        private String country;
        private List<String> languages = new ArrayList<>();
        private String interests;
        private String bio;

        static ProfileForm of(ProfileView view) {
            ProfileForm form = new ProfileForm();
            form.displayName = view.displayName();
            form.realName = view.realName();
            form.institution = view.institution() == null ? null : view.institution().name();
            form.country = view.country();
            form.languages = new ArrayList<>(view.languages());
            form.interests = String.join(", ", view.interests());
            form.bio = view.bio();
            return form;
        }

        ProfileUpdate toUpdate() {
            return new ProfileUpdate(displayName, realName, institution, country, languages,
                    interests == null ? List.of() : List.of(interests), bio);
        }

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRealName() { return realName; }
        public void setRealName(String realName) { this.realName = realName; }
        public String getInstitution() { return institution; }
        public void setInstitution(String institution) { this.institution = institution; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public List<String> getLanguages() { return languages; }
        public void setLanguages(List<String> languages) { this.languages = languages; }
        public String getInterests() { return interests; }
        public void setInterests(String interests) { this.interests = interests; }
        public String getBio() { return bio; }
        public void setBio(String bio) { this.bio = bio; }
    }

    /** A choice in a select list: a code and its name in the page language. */
    record Option(String code, String name) {
    }

    private final Profiles profiles;
    private final MemberDirectory directory;

    ProfileController(Profiles profiles, MemberDirectory directory) {
        this.profiles = profiles;
        this.directory = directory;
    }

    @GetMapping("/profile")
    String edit(Actor actor, Model model, Locale locale) {
        ProfileView view = profiles.own(actor);
        model.addAttribute("form", ProfileForm.of(view));
        return editor(actor, view, model, locale);
    }

    @PostMapping("/profile")
    String save(Actor actor, @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
                Locale locale, RedirectAttributes redirect) {
        try {
            profiles.update(actor, form.toUpdate());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return editor(actor, profiles.own(actor), model, locale);
        }
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/profile";
    }

    /** The form's action carries the CSRF token: a refused upload is never parsed, so a hidden field would be lost. */
    @PostMapping("/profile/avatar")
    String uploadAvatar(Actor actor, @RequestParam(name = "avatar", required = false) MultipartFile file,
                        RedirectAttributes redirect) throws IOException {
        try {
            profiles.setAvatar(actor, file == null ? null : file.getBytes());
        } catch (InvalidInputException e) {
            var problem = e.problems().get(0);
            redirect.addFlashAttribute("avatarError", problem.code());
            redirect.addFlashAttribute("avatarErrorArgs", problem.args());
            return "redirect:/profile#avatar";
        }
        redirect.addFlashAttribute("notice", "avatar.saved");
        return "redirect:/profile";
    }

    @PostMapping("/profile/avatar/delete")
    String removeAvatar(Actor actor, RedirectAttributes redirect) {
        profiles.removeAvatar(actor);
        redirect.addFlashAttribute("notice", "avatar.removed");
        return "redirect:/profile";
    }

    @GetMapping("/members/{id}")
    String show(Actor actor, @PathVariable long id, Model model, Locale locale) {
        ProfileView profile = profiles.profile(actor, id);
        model.addAttribute("profile", profile);
        model.addAttribute("own", actor.is(id));
        model.addAttribute("countryName", countryName(profile.country(), locale));
        model.addAttribute("languageNames", profile.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).toList());
        return "account/profile";
    }

    @GetMapping("/members/{id}/avatar")
    ResponseEntity<byte[]> avatar(Actor actor, @PathVariable long id) {
        Profiles.AvatarImage image = profiles.avatar(actor, id).orElseThrow(() -> new NotFoundException("avatar"));
        // Private: pictures are for signed-in members; the URL changes when the picture does.
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS).cachePrivate())
                .eTag(Long.toString(image.version()))
                .body(image.png());
    }

    private String editor(Actor actor, ProfileView view, Model model, Locale locale) {
        model.addAttribute("profile", view);
        model.addAttribute("countries", countries(locale));
        model.addAttribute("languageOptions", languages(locale));
        model.addAttribute("institutionNames", directory.institutionNames(actor));
        return "account/profile-edit";
    }

    static String countryName(String code, Locale locale) {
        return code == null ? null : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    static List<Option> countries(Locale locale) {
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, countryName(code, locale)))
                .sorted(java.util.Comparator.comparing(Option::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    static List<Option> languages(Locale locale) {
        return Languages.SPOKEN.stream()
                .map(code -> new Option(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .filter(o -> !o.name().equals(o.code()))
                .sorted(java.util.Comparator.comparing(Option::name, java.text.Collator.getInstance(locale)))
                .toList();
    }
}
