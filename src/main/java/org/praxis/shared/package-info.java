/**
 * Small cross-cutting pieces every module may use: configuration, input errors, mail
 * delivery, and the web layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.praxis.shared;
