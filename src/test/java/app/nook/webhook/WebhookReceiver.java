package app.nook.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on a random loopback port that records what it gets and answers the statuses it is told. */
class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String event, String delivery, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    headers.getFirst("Nook-Event"),
                    headers.getFirst("Nook-Delivery"),
                    headers.getFirst("Nook-Signature"),
                    body));
            Integer status = answers.pollFirst();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers the next requests with these statuses, then with 200. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> events() {
        return received.stream().map(Received::event).toList();
    }

    static Map<String, String> signatureParts(String header) {
        String[] parts = header.split(",");
        return Map.of(parts[0].split("=")[0], parts[0].split("=")[1], parts[1].split("=")[0], parts[1].split("=")[1]);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
