package io.entente.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

/**
 * A blocking HTTP/1.1 POST over the JDK's kept-alive connections, the bench's client. The JDK's
 * asynchronous {@code HttpClient} hands every exchange between its selector thread and the
 * caller; in the bench's JVM, on two cores shared with the service and the database, that cost
 * 0.3–0.5 ms per request outside the service (0.82 against 0.55 ms for {@code {__typename}},
 * measured from another process), time no HTTP load tool would charge to the server.
 */
final class LoopbackHttp {

    /** One answer: status, body as sent (compressed when the service compressed it) and its encoding. */
    record Answer(int status, byte[] body, String encoding) { }

    static {
        // The JDK keeps 5 idle connections per server by default: with more concurrent clients the
        // rest would open a new connection for every request. Read once, when the cache is first used.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
    }

    private final URL endpoint;

    LoopbackHttp(URI endpoint) {
        try {
            this.endpoint = endpoint.toURL();
        } catch (IOException e) {
            throw new IllegalArgumentException(endpoint.toString(), e);
        }
    }

    Answer post(byte[] json, boolean acceptGzip) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        if (acceptGzip) {
            connection.setRequestProperty("Accept-Encoding", "gzip");
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json);
        }
        int status = connection.getResponseCode();
        // Reading the body to its end (error bodies too) returns the connection to the keep-alive cache.
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        byte[] body;
        try (InputStream stream = in) {
            body = stream == null ? new byte[0] : stream.readAllBytes();
        }
        return new Answer(status, body, connection.getContentEncoding());
    }
}
