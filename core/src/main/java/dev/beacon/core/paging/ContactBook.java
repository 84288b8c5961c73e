package dev.beacon.core.paging;

import java.util.List;

/** A person's contact methods, in the order to try them. */
@FunctionalInterface
public interface ContactBook {

  /** The methods for {@code person}; a person with none configured is reached in chat. */
  List<Contact> contactsOf(String person);
}
