package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.sms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a send fails in the network, could the SMS have gone out? (DESIGN rule 6) */
class GatewayTransportTest extends MockServerTest {

  static final String ANY_SUCCESS =
      "{\"list\":[{\"id\":\"1\"}],\"items\":[{\"id\":\"1\",\"status\":\"queued\"}]}";

  SmsGateway gateway(String provider, OkHttpClient client, HttpUrl baseUrl) {
    return Gateways.create(
        new GatewayConfig(provider, baseUrl, TOKEN, "Pizzeria", false), client, JSON, CLOCK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void retriesLaterWhenTheConnectionIsRefused(String provider) throws IOException {
    // given
    HttpUrl deadUrl = server.url("/");
    server.close();

    // when
    SendResult result =
        gateway(provider, GatewayHttp.newClient(), deadUrl).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
    assertThat(((SendResult.RetryLater) result).code()).isEqualTo("NETWORK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void retriesLaterWhenConnectingTimesOut(String provider) {
    // given
    OkHttpClient client =
        GatewayHttp.newClient().newBuilder().socketFactory(new TimingOutSockets()).build();

    // when
    SendResult result = gateway(provider, client, server.url("/")).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void retriesLaterWhenTheHostIsUnknown(String provider) {
    // given
    OkHttpClient client =
        GatewayHttp.newClient()
            .newBuilder()
            .dns(
                host -> {
                  throw new UnknownHostException(host);
                })
            .build();

    // when
    SendResult result =
        gateway(provider, client, HttpUrl.get("http://sms-gateway.invalid/"))
            .send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void callsItUnknownWhenNoAnswerComesAfterTheRequestWasWritten(String provider) {
    // given
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    OkHttpClient client =
        GatewayHttp.newClient().newBuilder().readTimeout(Duration.ofMillis(300)).build();

    // when
    SendResult result = gateway(provider, client, server.url("/")).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void callsItUnknownAndNeverReplaysWhenTheConnectionDropsAfterTheRequest(String provider) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body(ANY_SUCCESS).build());

    // when
    SendResult result =
        gateway(provider, GatewayHttp.newClient(), server.url("/")).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
    assertThat(server.getRequestCount())
        .as("OkHttp must not resend a send on its own")
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void neverReplaysASendWhoseReusedConnectionBrokeAfterWriting(String provider) {
    // given: the second send goes over the kept-alive connection of the first, which then breaks
    server.enqueue(new MockResponse.Builder().body(ANY_SUCCESS).build());
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body(ANY_SUCCESS).build());
    SmsGateway gateway = gateway(provider, GatewayHttp.newClient(), server.url("/"));
    gateway.send(sms("+48600100200", "first"));

    // when
    SendResult second = gateway.send(sms("+48600100200", "second"));

    // then
    assertThat(second).isInstanceOf(SendResult.Unknown.class);
    assertThat(server.getRequestCount())
        .as("OkHttp must not resend a send on its own")
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void callsItUnknownWhenTheAnswerBreaksOff(String provider) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(ANY_SUCCESS + "          ".repeat(100))
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    // when
    SendResult result =
        gateway(provider, GatewayHttp.newClient(), server.url("/")).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void callsItUnknownWhenTheServerDropsTheConnectionWeAreWritingTo(String provider) {
    // given: the connection opened, so the request may already be on its way
    server.enqueue(
        new MockResponse.Builder()
            .onRequestStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body(ANY_SUCCESS).build());

    // when
    SendResult result =
        gateway(provider, GatewayHttp.newClient(), server.url("/")).send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
  }

  /** Sockets whose connect times out, as a connect timeout to an unreachable gateway would. */
  static final class TimingOutSockets extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          throw new SocketTimeoutException("connect timed out");
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
