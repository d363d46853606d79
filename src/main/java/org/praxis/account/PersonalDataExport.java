package org.praxis.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.praxis.account.internal.Avatars;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's personal data as one ZIP archive: data.json with every module's part, the files
 * they uploaded under files/, and a README in their language. Only ever the signed-in member's
 * own data: the account comes from the actor, never from a request parameter.
 */
@Service
public class PersonalDataExport {

    private static final Logger audit = LoggerFactory.getLogger("org.praxis.audit");
    private static final Logger log = LoggerFactory.getLogger(PersonalDataExport.class);

    private final List<PersonalDataPart> parts;
    private final Avatars avatars;
    private final FileStore store;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    public PersonalDataExport(List<PersonalDataPart> parts, Avatars avatars, FileStore store, JsonMapper json,
                              MessageSource messages, Clock clock) {
        // The account's own part first, then the others in a stable order.
        this.parts = parts.stream().sorted(Comparator.comparing((PersonalDataPart p) -> !p.name().equals("account"))
                .thenComparing(PersonalDataPart::name)).toList();
        this.avatars = avatars;
        this.store = store;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** The archive's file name. */
    public static String fileName() {
        return "praxis-my-data.zip";
    }

    /** Writes the signed-in member's archive to {@code out}; visitors have nothing to export. */
    public void write(Actor actor, Locale locale, OutputStream out) throws IOException {
        if (!actor.signedIn()) {
            throw new NotAllowedException("export personal data");
        }
        long accountId = actor.accountId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant());
        for (PersonalDataPart part : parts) {
            data.put(part.name(), part.export(accountId));
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        add(zip, "README.txt", messages.getMessage("export.readme", null, locale).getBytes(StandardCharsets.UTF_8));
        add(zip, "data.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
        Set<String> paths = new HashSet<>();
        avatars.findById(accountId).ifPresent(a -> add(zip, "files/avatar.png", a.getContent()));
        for (PersonalDataPart part : parts) {
            for (PersonalFile file : part.files(accountId)) {
                String path = "files/" + file.path();
                if (paths.add(path)) {
                    copy(zip, path, file.storageKey());
                }
            }
        }
        zip.finish();
        audit.info("account {} exported their personal data", accountId);
    }

    private void copy(ZipOutputStream zip, String path, String storageKey) throws IOException {
        InputStream content;
        try {
            content = store.open(storageKey);
        } catch (IOException e) {
            // A file whose bytes are gone is listed in data.json; the archive goes on without it.
            log.warn("file {} of an export is missing from the store", storageKey);
            return;
        }
        try (content) {
            zip.putNextEntry(new ZipEntry(path));
            content.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void add(ZipOutputStream zip, String path, byte[] bytes) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name safe as the last part of a path in the archive. */
    public static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
