package org.praxis.library.web;

import java.util.ArrayList;
import java.util.List;

import org.praxis.library.FileDetails;
import org.praxis.library.FileText;
import org.praxis.library.Upload;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the Files tab, as typed, and the uploads they carry. */
final class FileForms {

    private FileForms() {
    }

    /** Files to share, with what to say about them. */
    static class UploadForm {
        private List<MultipartFile> files;
        private String title;
        private String description;
        private String language;
        private Long folderId;

        FileText text() {
            return new FileText(title, description, language, folderId);
        }

        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public Long getFolderId() { return folderId; }
        public void setFolderId(Long folderId) { this.folderId = folderId; }
    }

    /** What a file is called, what it is about, and where it is filed. */
    static class EditForm {
        private String title;
        private String description;
        private String language;
        private Long folderId;

        static EditForm of(FileDetails details) {
            EditForm form = new EditForm();
            form.title = details.file().title();
            form.description = details.description();
            form.language = details.file().language();
            form.folderId = details.file().folderId();
            return form;
        }

        FileText text() {
            return new FileText(title, description, language, folderId);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public Long getFolderId() { return folderId; }
        public void setFolderId(Long folderId) { this.folderId = folderId; }
    }

    /** A new version of a file, and the reason when a moderator removes someone else's file. */
    static class VersionForm {
        private MultipartFile file;
        private String reason;

        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A folder's name. */
    static class FolderForm {
        private String name;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** The uploads of a request; an empty file field (nothing chosen) is not a file. */
    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                Upload upload = upload(file);
                if (upload != null) {
                    uploads.add(upload);
                }
            }
        }
        return uploads;
    }

    /** One upload; an empty file with a name is kept, so it is refused with a message. */
    static Upload upload(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
            return null;
        }
        return new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }
}
