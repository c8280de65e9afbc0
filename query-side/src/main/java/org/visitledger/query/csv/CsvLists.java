package org.visitledger.query.csv;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.visitledger.query.paging.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Accept: text/csv} on every list read (issue 21): one row per item, one column per field as the JSON answer
 * names it, nested objects as dotted columns ({@code provider.urn}), lists of values joined with {@code "; "}, lists of
 * objects as their JSON; an empty list is an empty answer. Values are written as they are (quoted as RFC 4180 says), never altered: a spreadsheet should
 * import them as text. A page's rows are that page's; its place in the whole is in the headers {@code X-Total-Count},
 * {@code X-Page}, {@code X-Page-Size} and, while more follow, {@code Link: <…>; rel="next"}.
 */
@Component
public class CsvLists extends AbstractHttpMessageConverter<Object> {

    public static final String TEXT_CSV = "text/csv";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper json;
    /** Quotes a value only where RFC 4180 needs it (a comma, a quote, a line break), not for being long. */
    private final CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    public CsvLists(JsonMapper json) {
        super(CSV);
        setDefaultCharset(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Page.class.isAssignableFrom(type) || List.class.isAssignableFrom(type);
    }

    /**
     * Only when CSV is what was chosen for the answer: never for "any type" ({@code *}{@code /*}, or no type while Spring
     * collects what an endpoint could produce), so that a read which does not declare CSV among its types keeps
     * answering JSON whatever the converters' order.
     */
    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        return supports(type) && mediaType != null && "text".equals(mediaType.getType())
                && "csv".equals(mediaType.getSubtype());
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("text/csv is an answer format only", input);
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) {
        List<?> items = value instanceof Page<?> page ? page.items() : (List<?>) value;
        if (value instanceof Page<?> page) {
            pageHeaders(page, output.getHeaders());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (OutputStream body = output.getBody()) {
            if (rows.isEmpty()) {
                return;   // no rows, no columns to name: an empty answer
            }
            csv.writer(schema.build()).writeValue(body, rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(prefix + field.getKey() + ".", field.getValue(), row));
            return;
        }
        String column = prefix.substring(0, prefix.length() - 1);
        if (node.isNull() || node.isMissingNode()) {
            row.put(column, "");
        } else if (node.isArray()) {
            boolean values = node.valueStream().allMatch(JsonNode::isValueNode);
            row.put(column, values ? String.join("; ", node.valueStream().map(JsonNode::asString).toList())
                    : json.writeValueAsString(node));
        } else {
            row.put(column, node.asString());
        }
    }

    private static void pageHeaders(Page<?> page, HttpHeaders headers) {
        headers.set("X-Total-Count", Long.toString(page.total()));
        headers.set("X-Page", Integer.toString(page.page()));
        headers.set("X-Page-Size", Integer.toString(page.size()));
        if ((long) (page.page() + 1) * page.size() < page.total()) {
            UriComponents request = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", page.page() + 1).build();
            String next = request.getPath() + "?" + request.getQuery();
            headers.set(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
    }
}
