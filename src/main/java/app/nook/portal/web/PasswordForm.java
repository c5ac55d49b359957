package app.nook.portal.web;

/** The new password a customer chooses through an invitation link, typed twice. */
public record PasswordForm(String password, String confirmation) {}
