package org.praxis.calendar;

/** What follows a webinar: its recording, its slides, questions and answers (Markdown) and a short summary. */
public record EventFollowUp(String recordingUrl, String slidesUrl, String questions, String summary) {
}
