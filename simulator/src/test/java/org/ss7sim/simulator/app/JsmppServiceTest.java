package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outside SMPP client (jSMPP) binds to {@code ss7sim run examples/demo-network.yaml} (with
 * {@code smpp_port: 0}: the port printed by the service) running as a service in a separate
 * process, submits with registered delivery and gets DELIVRD receipts; the service then stops
 * cleanly on SIGTERM.
 */
class JsmppServiceTest {
  @TempDir Path dir;

  @Test
  void jsmpp_esme_binds_to_a_run_service_submits_and_gets_receipts() throws Exception {
    // The example network on an ephemeral SMPP port: the client learns it from the service's
    // output.
    Path network =
        java.nio.file.Files.writeString(
            dir.resolve("demo-network.yaml"),
            java.nio.file.Files.readString(ExamplesRunTest.examples().resolve("demo-network.yaml"))
                .replace("smpp_port: 2775", "smpp_port: 0"));
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                "org.ss7sim.simulator.cli.Main",
                "run",
                network.toString(),
                "--duration",
                "60s",
                "--control-port",
                "0")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  output.add(line);
                  if (line.contains("nodes running")) {
                    ready.complete(null);
                  }
                }
              } catch (Exception e) {
                ready.completeExceptionally(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    SMPPSession session = new SMPPSession();
    try {
      ready.get(30, TimeUnit.SECONDS);
      String listening =
          List.copyOf(output).stream()
              .filter(l -> l.contains("SMPP server listening on"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no SMPP server line in " + output));
      int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).trim());
      assertThat(port).isPositive().isNotEqualTo(0);
      BlockingQueue<DeliveryReceipt> receipts = new LinkedBlockingQueue<>();
      session.setMessageReceiverListener(
          new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
              if (deliverSm.isSmscDeliveryReceipt()) {
                try {
                  receipts.add(deliverSm.getShortMessageAsDeliveryReceipt());
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {}

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
              return null;
            }
          });
      session.connectAndBind(
          "127.0.0.1",
          port,
          new BindParameter(
              BindType.BIND_TRX,
              "esme1",
              "secret",
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        ids.add(
            session
                .submitShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    "1000",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    "99901100000" + (10 + i),
                    new ESMClass(),
                    (byte) 0,
                    (byte) 1,
                    null,
                    null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                    (byte) 0,
                    ("hello from jsmpp " + i).getBytes(StandardCharsets.ISO_8859_1))
                .getMessageId());
      }
      List<String> delivered = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        DeliveryReceipt r = receipts.poll(20, TimeUnit.SECONDS);
        assertThat(r).as("receipt " + i + "; service output: " + output).isNotNull();
        assertThat(r.getFinalStatus().toString()).isEqualTo("DELIVRD");
        delivered.add(r.getId());
      }
      assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
      session.unbindAndClose();
    } finally {
      p.destroy(); // SIGTERM: the service stops its nodes and closes the store
      boolean ended = p.waitFor(20, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly();
      }
      assertThat(ended).isTrue();
    }
    reader.join(5000);
  }
}
