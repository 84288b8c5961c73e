package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ContactMethod;
import dev.beacon.config.PersonConfig;
import dev.beacon.core.paging.Contact;
import dev.beacon.core.paging.ContactBook;
import java.util.List;

/** People's contact methods from the configuration, in their order, as delivery names them. */
public final class ConfiguredContacts implements ContactBook {

  private final BeaconConfig config;

  /** Contacts from {@code config}. */
  public ConfiguredContacts(BeaconConfig config) {
    this.config = config;
  }

  @Override
  public List<Contact> contactsOf(String person) {
    return config.person(person).map(PersonConfig::contact).orElse(List.of()).stream()
        .map(ConfiguredContacts::contact)
        .toList();
  }

  private static Contact contact(ContactMethod m) {
    String method =
        switch (m.type()) {
          case DISCORD_DM -> Contact.CHAT;
          case PAGERDUTY -> "pagerduty";
          case OPSGENIE -> "opsgenie";
          case WEBHOOK -> "webhook";
        };
    return new Contact(method, m.target().orElse(""));
  }
}
