package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Front-end files from the jar: our own under /assets/, and the YASGUI and ECharts
 * bundles of their WebJars under /assets/lib/. Nothing is fetched from elsewhere.
 */
final class AssetServlet extends HttpServlet {
    /** /assets/lib/NAME/… → the folder inside the WebJar. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "yasgui", "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/",
            "echarts", "META-INF/resources/webjars/echarts/5.3.1/dist/");
    private static final String OWN = "org/policykg/serve/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "map", "application/json", "woff2", "font/woff2", "ico", "image/x-icon",
            "json", "application/json");

    /** Assets read from the jar once (only ones that exist, so the map stays as small as the jar's list). */
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    private byte[] bytes(String resource) throws IOException {
        byte[] b = cache.get(resource);
        if (b == null) {
            try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                b = in.readAllBytes();
            }
            cache.put(resource, b);
        }
        return b;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = ResourceServlet.decodedPath(req).substring("/assets/".length());
        if (path.isEmpty() || path.contains("..") || path.contains("\\") || path.startsWith("/")) {
            resp.sendError(404);
            return;
        }
        String resource = OWN + path;
        if (path.startsWith("lib/")) {
            String rest = path.substring(4);
            int slash = rest.indexOf('/');
            String lib = slash < 0 ? null : LIBRARIES.get(rest.substring(0, slash));
            if (lib == null) {
                resp.sendError(404);
                return;
            }
            resource = lib + rest.substring(slash + 1);
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        byte[] bytes = type == null ? null : bytes(resource);
        if (bytes == null) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
