package dev.beacon.bot.web.pages;

/** A query parameter a page cannot use: which one, and what it accepts (shown in a 400 page). */
final class BadParameter extends RuntimeException {

  private final String parameter;

  BadParameter(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter's name. */
  String parameter() {
    return parameter;
  }
}
