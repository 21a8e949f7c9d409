package org.bianmin.api.web;

import jakarta.ws.rs.core.MediaType;

/** The two formats, chosen by the address's suffix ({@code services.json}, {@code services.xml}) as in the spec. */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON + "; charset=UTF-8", new Open311Json()),
    XML(MediaType.TEXT_XML + "; charset=UTF-8", new Open311Xml());

    private final String contentType;
    private final Open311Writer writer;

    Open311Format(String contentType, Open311Writer writer) {
        this.contentType = contentType;
        this.writer = writer;
    }

    String contentType() {
        return contentType;
    }

    Open311Writer writer() {
        return writer;
    }

    /** {@code xml} or {@code json} (the resource's path only lets these through). */
    static Open311Format of(String suffix) {
        return "xml".equalsIgnoreCase(suffix) ? XML : JSON;
    }

    /** The format an address asks for, for answering errors: XML when it ends {@code .xml}, JSON otherwise. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }
}
