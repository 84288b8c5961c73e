package dev.beacon.integrations.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

  @Test
  void sharedClientFailsFastEnoughForPaging() {
    OkHttpClient client = HttpClients.shared();
    assertThat(client.connectTimeoutMillis()).isEqualTo(5_000);
    assertThat(client.readTimeoutMillis()).isEqualTo(10_000);
    assertThat(client.callTimeoutMillis()).isEqualTo(15_000);
  }

  @Test
  void vendorVariantsShareTheConnectionPool() {
    OkHttpClient shared = HttpClients.shared();
    OkHttpClient variant = shared.newBuilder().followRedirects(false).build();
    assertThat(variant.connectionPool()).isSameAs(shared.connectionPool());
    assertThat(variant.dispatcher()).isSameAs(shared.dispatcher());
  }
}
