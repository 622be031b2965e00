package io.entente.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends an allianceNetwork answer that {@link NetworkResponses} already rendered straight from
 * its bytes, gzip-compressed for clients that accept it (every browser does): a dashboard's
 * depth-2 network is megabytes of JSON, and sending it as kept bytes costs a copy, where going
 * through GraphQL and the message converters again cost an encoding of every character. Runs
 * after Spring Security, so keyed reads stay keyed; anything it does not hold goes on unchanged,
 * its body replayed.
 */
class NetworkAnswers extends OncePerRequestFilter {

    /** Larger requests are no dashboard's network query; they go on unread. */
    private static final int MAX_REQUEST = 64 * 1024;
    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final NetworkResponses responses;
    private final String path;
    private final JsonMapper json = JsonMapper.builder().build();

    NetworkAnswers(NetworkResponses responses, String path) {
        this.responses = responses;
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path.equals(request.getRequestURI())
                || request.getContentLength() > MAX_REQUEST || request.getContentType() == null
                || !request.getContentType().startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        NetworkResponses.Body answer = body.length <= MAX_REQUEST ? answerFor(body) : null;
        if (answer == null) {
            chain.doFilter(new Replayed(request, body), response);
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean graphQlMedia = accept != null && accept.contains(GRAPHQL_RESPONSE.toString());
        response.setContentType((graphQlMedia ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON).toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String encodings = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] bytes = answer.plain();
        if (encodings != null && encodings.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = answer.gzipped();
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The kept answer for this request body, or null when there is none or the body is not a GraphQL request. */
    private NetworkResponses.Body answerFor(byte[] body) {
        Map<?, ?> request;
        try {
            request = json.readValue(body, Map.class);
        } catch (RuntimeException notJson) {
            return null; // GraphQL's own handler reports it
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = request.get("variables") instanceof Map<?, ?> v ? (Map<String, Object>) v : Map.of();
        return request.get("query") instanceof String document && (request.get("extensions") == null)
                ? responses.currentBody(document, request.get("operationName") instanceof String op ? op : null, variables)
                : null;
    }

    /** The request with its already-read body available again. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
