package dev.beacon.core.timeline;

/** The stable, lower-case names of timeline event kinds, used in exports and in the store. */
public final class TimelineKinds {

  private TimelineKinds() {}

  /** The kind name of {@code event}: its record name in kebab case. */
  public static String kindOf(TimelineEvent event) {
    return kebab(event.getClass().getSimpleName());
  }

  /** {@code SeverityChanged} becomes {@code severity-changed}. */
  static String kebab(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
