package dev.beacon.core.store;

import dev.beacon.core.testing.InMemoryIncidentStore;

/** The in-memory store honours the store contract. */
class InMemoryIncidentStoreTest extends IncidentStoreContract {

  @Override
  protected IncidentStore newStore() {
    return new InMemoryIncidentStore();
  }

  @Override
  protected IncidentStore reopen(IncidentStore store) {
    return store;
  }
}
