package org.peerplanner.web.calendar;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Date;
import org.peerplanner.web.calendar.FeedAnswers.Answer;

/**
 * How the feed listener ({@link FeedListener}) writes an answer of {@link FeedAnswers} as Netty HTTP: the headers a
 * feed carries on the app's port too, keep-alive or close, and large plain feeds by sendfile from the cache's file.
 * Runs on the connection's event loop only.
 */
final class FeedResponses {

    private static final AsciiString TEXT_CALENDAR = AsciiString.cached(FeedAnswers.TEXT_CALENDAR);
    private static final AsciiString CACHE_CONTROL = AsciiString.cached(FeedAnswers.CACHE_CONTROL);
    private static final AsciiString ALLOW = AsciiString.cached(FeedAnswers.ALLOW);
    private static final AsciiString NOSNIFF = AsciiString.cached("nosniff");
    /** A feed is never a page: nothing in it may run, nor be framed. */
    private static final AsciiString CSP = AsciiString.cached("default-src 'none'; frame-ancestors 'none'");
    private static final AsciiString CSP_NAME = AsciiString.cached("Content-Security-Policy");
    private static final AsciiString REFERRER_POLICY = AsciiString.cached("Referrer-Policy");
    private static final AsciiString SAME_ORIGIN = AsciiString.cached("same-origin");
    private static final AsciiString NOSNIFF_NAME = AsciiString.cached("X-Content-Type-Options");
    private static final AsciiString ACCEPT_ENCODING = AsciiString.cached("Accept-Encoding");

    private final AsciiString requestIdHeader;
    private final Clock clock;
    private volatile DateHeader date = new DateHeader(-1, "");

    FeedResponses(String requestIdHeader, Clock clock) {
        this.requestIdHeader = AsciiString.cached(requestIdHeader);
        this.clock = clock;
    }

    void write(ChannelHandlerContext ctx, Answer answer, HttpVersion version, String requestId,
                       boolean keepAlive, boolean flush) {
        HttpResponseStatus status = HttpResponseStatus.valueOf(answer.status());
        if (!answer.cacheable()) {
            var response = response(status, requestId);
            if (answer.status() == 405) {
                response.headers().set(HttpHeaderNames.ALLOW, ALLOW);
            }
            finish(ctx, response, keepAlive, version, flush);
            return;
        }
        boolean full = answer.status() == 200;
        FileChannel file = full && !answer.head() ? open(answer) : null;
        HttpResponse response = file != null ? new DefaultHttpResponse(HttpVersion.HTTP_1_1, status)
                : new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                        full && !answer.head() ? Unpooled.wrappedBuffer(answer.body()) : Unpooled.EMPTY_BUFFER);
        HttpHeaders headers = common(response.headers(), requestId);
        headers.set(HttpHeaderNames.ETAG, answer.etag());
        headers.set(HttpHeaderNames.LAST_MODIFIED, DateFormatter.format(Date.from(answer.lastModified())));
        headers.set(HttpHeaderNames.CACHE_CONTROL, CACHE_CONTROL);
        headers.set(HttpHeaderNames.VARY, ACCEPT_ENCODING);
        if (full) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, TEXT_CALENDAR);
            if (answer.gzip()) {
                headers.set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
            }
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        }
        keepAlive(headers, keepAlive, version);
        if (file == null) {
            var sent = ctx.write(response);
            done(ctx, sent, keepAlive, flush);
            return;
        }
        // sendfile from the cache's file, as nginx sends a static file (no copy through the heap)
        ctx.write(response);
        ctx.write(new DefaultFileRegion(file, 0, answer.body().length));
        done(ctx, ctx.write(LastHttpContent.EMPTY_LAST_CONTENT), keepAlive, flush);
    }

    /** The cache's file for sendfile, or null to send the bytes from memory (no file, or it just went away). */
    private static FileChannel open(Answer answer) {
        if (answer.file() == null) {
            return null;
        }
        try {
            return FileChannel.open(answer.file(), StandardOpenOption.READ);
        } catch (IOException gone) {
            return null;
        }
    }

    void bare(ChannelHandlerContext ctx, HttpResponseStatus status, String requestId, boolean flush) {
        var response = response(status, requestId);
        boolean keepAlive = false; // after a malformed request or a failure, start afresh
        keepAlive(response.headers(), keepAlive, HttpVersion.HTTP_1_1);
        done(ctx, ctx.write(response), keepAlive, flush);
    }

    void finish(ChannelHandlerContext ctx, DefaultFullHttpResponse response, boolean keepAlive,
                        HttpVersion version, boolean flush) {
        keepAlive(response.headers(), keepAlive, version);
        done(ctx, ctx.write(response), keepAlive, flush);
    }

    DefaultFullHttpResponse response(HttpResponseStatus status, String requestId) {
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
        common(response.headers(), requestId).setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        return response;
    }

    private HttpHeaders common(HttpHeaders headers, String requestId) {
        headers.set(HttpHeaderNames.DATE, date());
        headers.set(NOSNIFF_NAME, NOSNIFF);
        headers.set(CSP_NAME, CSP);
        headers.set(REFERRER_POLICY, SAME_ORIGIN);
        if (requestId != null) {
            headers.set(requestIdHeader, requestId);
        }
        return headers;
    }

    private static void keepAlive(HttpHeaders headers, boolean keepAlive, HttpVersion version) {
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (version.equals(HttpVersion.HTTP_1_0)) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }

    private static void done(ChannelHandlerContext ctx, ChannelFuture sent, boolean keepAlive,
                             boolean flush) {
        if (!keepAlive) {
            sent.addListener(ChannelFutureListener.CLOSE);
        }
        if (flush) {
            ctx.flush();
        }
    }

    /** The Date header, formatted once a second from the app's clock. */
    private String date() {
        long second = clock.millis() / 1000;
        DateHeader known = date;
        if (known.second != second) {
            known = new DateHeader(second, DateFormatter.format(new Date(second * 1000)));
            date = known;
        }
        return known.text;
    }

    private record DateHeader(long second, String text) {
    }
}
