package org.policykg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A response written into memory on a query's worker, then copied to the real response by
 * the request thread once the worker has finished within its bound.
 *
 * <p>Why: results used to be serialised after the bound, on the request thread; eight
 * 10,000-row answers at once on a loaded machine took until 7.4 s with a 4 s timeout.
 * Serialising here puts that work inside {@link QueryBound}, and every write looks at the
 * query's cancel signal, so a worker whose request has already been answered 503 stops
 * writing rather than finishing a body nobody will read. Nothing reaches the real response
 * from the worker: status, headers and body are replayed by {@link #copyTo}.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private record Header(String name, String value, boolean add) {
    }

    private final AtomicBoolean cancel;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final List<Header> headers = new ArrayList<>();
    private int status = SC_OK;
    private String contentType;
    private String charset;
    private PrintWriter writer;
    private final ServletOutputStream out = new ServletOutputStream() {
        @Override
        public void write(int b) {
            check();
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            check();
            bytes.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener l) {
            throw new UnsupportedOperationException("blocking writes only");
        }
    };

    /** @param real the request's response, only read from (for defaults) until {@link #copyTo} */
    BufferedResponse(HttpServletResponse real, AtomicBoolean cancel) {
        super(real);
        this.cancel = cancel;
    }

    private void check() {
        if (cancel.get()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            Charset cs = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
            writer = new PrintWriter(new OutputStreamWriter(out, cs));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void setHeader(String name, String value) {
        headers.add(new Header(name, value, false));
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new Header(name, value, true));
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    @Override
    public String getHeader(String name) {
        for (int i = headers.size() - 1; i >= 0; i--) {
            if (headers.get(i).name().equalsIgnoreCase(name)) {
                return headers.get(i).value();
            }
        }
        return null;
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
        if (type != null) {
            int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
            if (at >= 0) {
                charset = type.substring(at + "charset=".length()).strip();
            }
        }
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setCharacterEncoding(String cs) {
        charset = cs;
    }

    @Override
    public String getCharacterEncoding() {
        return charset == null ? "utf-8" : charset;
    }

    @Override
    public void setContentLength(int len) {
        // The length is that of the buffer, set by copyTo.
    }

    @Override
    public void setContentLengthLong(long len) {
        // The length is that of the buffer, set by copyTo.
    }

    @Override
    public void setBufferSize(int size) {
        // Everything is buffered.
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = SC_OK;
        contentType = null;
        charset = null;
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        bytes.reset();
    }

    /** Puts {@code prefix} before everything written so far (a byte-order mark). */
    void prefix(byte[] prefix) {
        flushBuffer();
        byte[] body = bytes.toByteArray();
        bytes.reset();
        bytes.write(prefix, 0, prefix.length);
        bytes.write(body, 0, body.length);
    }

    /** Bytes written so far. */
    int size() {
        flushBuffer();
        return bytes.size();
    }

    /** Replays status, headers and body on {@code real}; on the request thread, after the worker ended. */
    void copyTo(HttpServletResponse real) throws IOException {
        flushBuffer();
        real.setStatus(status);
        for (Header h : headers) {
            if (h.add()) {
                real.addHeader(h.name(), h.value());
            } else {
                real.setHeader(h.name(), h.value());
            }
        }
        if (contentType != null) {
            real.setContentType(contentType);
        }
        if (charset != null) {
            real.setCharacterEncoding(charset);
        }
        real.setContentLengthLong(bytes.size());
        bytes.writeTo(real.getOutputStream());
    }
}
