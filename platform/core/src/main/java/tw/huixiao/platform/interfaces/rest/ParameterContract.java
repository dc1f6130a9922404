package tw.huixiao.platform.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * The query and path parameters every operation takes are the ones its method declares
 * ({@code @QueryParam}, {@code @PathParam}, and those of a {@code @BeanParam}): an unknown
 * query parameter, a value of the wrong type (a non-numeric id), a number outside its
 * {@code @Min}/{@code @Max}, a NUL or overlong value is a 400 naming the parameter — before
 * JAX-RS converts it (which would answer 404) and before a service sees it.
 */
@Provider
public class ParameterContract implements ContainerRequestFilter {

    /** Longer than any id, date, code, search text or enum word the API takes. */
    static final int MAX_PARAMETER_CHARS = 200;

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    /** One declared parameter: its Java type (the element type if it repeats) and its annotations. */
    record Parameter(String name, Class<?> type, boolean repeats, AnnotatedElement annotations) {
    }

    record Declared(Map<String, Parameter> query, Map<String, Parameter> path) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared declared = DECLARED.computeIfAbsent(method, ParameterContract::declared);
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> given : query.entrySet()) {
            Parameter parameter = declared.query().get(given.getKey());
            if (parameter == null) {
                errors.add(new FieldError(given.getKey(), declared.query().isEmpty()
                        ? "此操作不接受查詢參數 (this operation takes no query parameters)"
                        : "不支援的參數；可用 " + String.join("、", declared.query().keySet()) + " (unknown parameter; "
                        + "this operation takes " + String.join(", ", declared.query().keySet()) + ")"));
                continue;
            }
            if (!parameter.repeats() && given.getValue().size() > 1) {
                errors.add(new FieldError(parameter.name(), "此參數只能給一次 (give " + parameter.name() + " once)"));
                continue;
            }
            for (String value : given.getValue()) {
                check(parameter, value, errors);
            }
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        for (Parameter parameter : declared.path().values()) {
            for (String value : path.getOrDefault(parameter.name(), List.of())) {
                check(parameter, value, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(Parameter parameter, String value, List<FieldError> errors) {
        String name = parameter.name();
        if (value.length() > MAX_PARAMETER_CHARS) {
            errors.add(new FieldError(name, "參數值過長，最多 " + MAX_PARAMETER_CHARS + " 字 (at most "
                    + MAX_PARAMETER_CHARS + " characters)"));
            return;
        }
        String textProblem = InputLimits.textProblem(value);
        if (textProblem != null) {
            errors.add(new FieldError(name, textProblem));
            return;
        }
        Class<?> type = parameter.type();
        if (type == String.class) {
            return;
        }
        String text = value.trim();
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            long number;
            try {
                number = type == long.class || type == Long.class ? Long.parseLong(text) : Integer.parseInt(text);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(name, "應為整數，不是「" + InputLimits.excerpt(value) + "」 (" + name
                        + " is a whole number)"));
                return;
            }
            Min min = parameter.annotations().getAnnotation(Min.class);
            Max max = parameter.annotations().getAnnotation(Max.class);
            if ((min != null && number < min.value()) || (max != null && number > max.value())) {
                String range = (min == null ? "" : "≥ " + min.value()) + (min != null && max != null ? ", " : "")
                        + (max == null ? "" : "≤ " + max.value());
                errors.add(new FieldError(name, "超出範圍：" + range + " (" + name + " out of range: " + range + ")"));
            }
        } else if (type == boolean.class || type == Boolean.class) {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                errors.add(new FieldError(name, "應為 true 或 false (" + name + " is true or false)"));
            }
        } else if (type == LocalDate.class) {
            try {
                if (!InputLimits.isSaneDate(LocalDate.parse(text))) {
                    errors.add(new FieldError(name, InputLimits.dateRangeMessage()));
                }
            } catch (DateTimeException e) {
                errors.add(new FieldError(name, "日期應為 YYYY-MM-DD (date as YYYY-MM-DD)"));
            }
        } else if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            if (!names.contains(text)) {
                errors.add(new FieldError(name, "應為 " + String.join("、", names) + " 之一 (" + name + " is one of "
                        + String.join(", ", names) + ")"));
            }
        }
    }

    private static Declared declared(Method method) {
        Map<String, Parameter> query = new LinkedHashMap<>();
        Map<String, Parameter> path = new LinkedHashMap<>();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (java.lang.reflect.Parameter p : parameters) {
            collect(p, p.getParameterizedType(), query, path);
        }
        return new Declared(new java.util.TreeMap<>(query), Map.copyOf(path));
    }

    private static void collect(AnnotatedElement element, Type type, Map<String, Parameter> query,
                                Map<String, Parameter> path) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        PathParam p = element.getAnnotation(PathParam.class);
        if (q != null) {
            query.put(q.value(), parameter(q.value(), type, element));
        } else if (p != null) {
            path.put(p.value(), parameter(p.value(), type, element));
        } else if (element.getAnnotation(BeanParam.class) != null && type instanceof Class<?> bean) {
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    collect(field, field.getGenericType(), query, path);
                }
            }
        }
    }

    private static Parameter parameter(String name, Type type, AnnotatedElement annotations) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Type element = generic.getActualTypeArguments()[0];
            return new Parameter(name, element instanceof Class<?> c ? c : String.class, true, annotations);
        }
        return new Parameter(name, type instanceof Class<?> c ? c : String.class, false, annotations);
    }
}
