package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * ASVS 14.4.1 and 14.4.2 on every API answer with a body: JSON names its character set (a client
 * or browser never guesses one), and the answer says how to treat it as a file — {@code attachment}
 * with a file name unless the resource chose (a PDF shown {@code inline}, an export named for its
 * content) — so that an answer opened in a browser is saved, never rendered as a page. The
 * container's own errors under {@code /api/} get the same from {@code ErrorPage}.
 */
@Provider
public class ApiResponseHeaders implements ContainerResponseFilter {

    static final String PROBLEM_DISPOSITION = "attachment; filename=\"problem.json\"";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return;
        }
        MediaType type = response.getMediaType();
        boolean json = type != null && isJson(type);
        if (json && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8"));
        }
        if (!response.getHeaders().containsKey("Content-Disposition")) {
            response.getHeaders().putSingle("Content-Disposition", disposition(type, json));
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static String disposition(MediaType type, boolean json) {
        if (json) {
            return "problem+json".equals(type.getSubtype()) ? PROBLEM_DISPOSITION : "attachment; filename=\"api.json\"";
        }
        return "attachment";
    }
}
