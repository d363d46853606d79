/**
 * A community's calendar: events, webinars and their series, registrations with a waiting list,
 * attendance, what follows a webinar (recording, slides, questions and answers), and iCalendar feeds.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership",
        "community", "account", "library"})
package org.praxis.calendar;
