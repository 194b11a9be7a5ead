package id.kalbar.monev.notification;

/** How a user hears by e-mail: one digest a day (the default), a mail per notification, or none. */
public enum EmailMode {
    DAILY, EACH, OFF
}
