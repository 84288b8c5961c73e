package dev.beacon.bot.store;

import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.IncidentStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store honours the store contract, with a real file that is closed and reopened. */
class SqliteIncidentStoreTest extends IncidentStoreContract {

  @TempDir Path dataDir;

  @Override
  protected IncidentStore newStore() {
    return SqliteIncidentStore.open(dataDir);
  }

  @Override
  protected IncidentStore reopen(IncidentStore store) {
    store.close();
    return SqliteIncidentStore.open(dataDir);
  }
}
