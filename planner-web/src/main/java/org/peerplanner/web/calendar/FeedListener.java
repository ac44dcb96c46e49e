package org.peerplanner.web.calendar;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.peerplanner.web.calendar.FeedAnswers.Answer;
import org.peerplanner.web.calendar.FeedAnswers.Ask;
import org.peerplanner.web.monitoring.MonitoringSettings;
import org.peerplanner.web.monitoring.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Calendar feeds on a port of their own ({@code planner.feed.port}; off by default), answered by Netty event loops
 * next to Tomcat, for deployments whose proxy routes {@code /calendar/} here (README, "Calendar feeds").
 * <p>
 * Why: feeds are polled by the million and most polls are 304s. Behind Tomcat a 304 cost the app about 43 µs of CPU
 * against nginx's 11, and a profile put most of it in Tomcat's HTTP/1.1 I/O model (the poller handing each request
 * to a worker thread, selector wake-ups), not in the feed code (docs/benchmarks.md, "Feeds at static-file speed").
 * Here a request remembered in memory is read, answered and written on the event loop that read it, as nginx does.
 * <p>
 * The same answers as on the app's port: {@link FeedAnswers} decides them. The event loop asks it for an answer from
 * memory only; anything that may touch the database (a token or version not in memory, a version not rendered yet)
 * goes to a few render threads ({@code planner.feed.render-threads}) and the answer is written back on the
 * connection's event loop, which meanwhile reads nothing more from that connection (responses stay in order). When
 * those threads are all busy and their queue is full the answer is 503 with Retry-After, never a blocked loop.
 * <p>
 * HTTP/1.1 with keep-alive (HTTP/1.0 too), GET and HEAD only (405 otherwise), a malformed or oversized request is
 * answered 400 and the connection closed, idle connections are closed after a minute. Large plain feeds go out
 * with sendfile from the cache's file. Never a cookie; a request id as on the app's port. No TLS: it listens on
 * loopback by default ({@code planner.feed.address}) and the proxy in front speaks https (and adds HSTS).
 * Stopped with the app: no new connections, the render threads finish what they hold, then the loops end.
 */
@Component
public class FeedListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FeedListener.class);
    private static final int MAX_INITIAL_LINE = 4096;
    private static final int MAX_HEADERS = 8192;
    private static final int IDLE_SECONDS = 60;
    private static final int RENDER_QUEUE = 1024;
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

    private final FeedAnswers answers;
    private final FeedListenerSettings settings;
    private final AsciiString requestIdHeader;
    private final Clock clock;
    private volatile EventLoopGroup loops;
    private volatile ExecutorService render;
    private volatile Channel server;
    private volatile DateHeader date = new DateHeader(-1, "");

    FeedListener(FeedAnswers answers, FeedListenerSettings settings, MonitoringSettings monitoring, Clock clock) {
        this.answers = answers;
        this.settings = settings;
        this.requestIdHeader = AsciiString.cached(monitoring.requestIdHeader());
        this.clock = clock;
    }

    @Override
    public void start() {
        if (settings.port() <= 0 || isRunning()) {
            return;
        }
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channel = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        int threads = Runtime.getRuntime().availableProcessors();
        loops = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("feed-loop", true), io);
        render = new ThreadPoolExecutor(settings.renderThreads(), settings.renderThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(RENDER_QUEUE), new DefaultThreadFactory("feed-render", true));
        try {
            server = new ServerBootstrap().group(loops).channel(channel)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new IdleStateHandler(0, 0, IDLE_SECONDS),
                                    new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, 8192),
                                    new Connection());
                        }
                    })
                    .bind(settings.address(), settings.port()).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            stopLoops();
            throw new IllegalStateException("The feed listener could not listen on " + settings.address() + ":"
                    + settings.port() + " (planner.feed.address, planner.feed.port)", e);
        }
        LOG.info("Calendar feeds also served at http://{}:{}/calendar/ ({}, {} event loops)", settings.address(),
                port(), epoll ? "epoll" : "NIO", threads);
    }

    @Override
    public void stop() {
        Channel listening = server;
        if (listening != null) {
            listening.close().syncUninterruptibly();
            server = null;
        }
        stopLoops();
    }

    private void stopLoops() {
        if (render != null) {
            render.shutdown();
            try {
                render.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (loops != null) {
            loops.shutdownGracefully(100, 5_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
            loops = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Alongside the web server's graceful shutdown, before the database goes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    /** The port it listens on (as bound), or -1 when it is off. */
    public int port() {
        Channel listening = server;
        return listening == null ? -1 : ((InetSocketAddress) listening.localAddress()).getPort();
    }

    /**
     * One connection: requests are answered one after another; while one waits for a render thread, the requests
     * that arrive behind it (HTTP pipelining) wait in order and no more is read.
     */
    private final class Connection extends ChannelInboundHandlerAdapter {

        private final ArrayDeque<HttpRequest> waiting = new ArrayDeque<>(2);
        private boolean busy;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof HttpRequest request) {
                    if (busy) {
                        waiting.add(request);
                    } else {
                        handle(ctx, request);
                    }
                }
                // request bodies (a GET has none; a POST gets its 405) are dropped as they arrive
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent) {
                ctx.close();
            } else {
                ctx.fireUserEventTriggered(event);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("Feed connection closed after {}", cause.toString());
            ctx.close();
        }

        private void handle(ChannelHandlerContext ctx, HttpRequest request) {
            if (!ctx.channel().isActive()) {
                return;
            }
            long started = System.nanoTime();
            HttpHeaders headers = request.headers();
            String path = request.decoderResult().isSuccess() ? path(request.uri()) : null;
            if (path == null) {
                bare(ctx, HttpResponseStatus.BAD_REQUEST, null, false);
                return;
            }
            String requestId = RequestId.of(headers.get(requestIdHeader));
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            var ask = new Ask(request.method().name(), path, headers.get(HttpHeaderNames.IF_NONE_MATCH),
                    ifModifiedSince(headers.get(HttpHeaderNames.IF_MODIFIED_SINCE)),
                    headers.get(HttpHeaderNames.ACCEPT_ENCODING));
            Answer fast;
            try {
                fast = answers.answer(ask, true, started);
            } catch (RuntimeException e) {
                LOG.warn("Feed request failed: {}", e.toString(), e);
                bare(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, requestId, false);
                return;
            }
            if (fast != Answer.NEEDS_DATABASE) {
                write(ctx, fast, request.protocolVersion(), requestId, keepAlive, false);
                return;
            }
            busy = true;
            ctx.channel().config().setAutoRead(false);
            try {
                render.execute(() -> {
                    Answer slow;
                    try {
                        slow = answers.answer(ask, false, started);
                    } catch (RuntimeException e) {
                        LOG.warn("Feed request failed: {}", e.toString(), e);
                        slow = null;
                    }
                    Answer answer = slow;
                    try {
                        ctx.executor().execute(() -> {
                            if (answer == null) {
                                bare(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, requestId, true);
                            } else {
                                write(ctx, answer, request.protocolVersion(), requestId, keepAlive, true);
                            }
                            resume(ctx);
                        });
                    } catch (RejectedExecutionException stopping) {
                        ctx.channel().close(); // the listener is stopping: nothing more is written
                    }
                });
            } catch (RejectedExecutionException full) {
                var busyResponse = response(HttpResponseStatus.SERVICE_UNAVAILABLE, requestId);
                busyResponse.headers().set(HttpHeaderNames.RETRY_AFTER, "5");
                finish(ctx, busyResponse, keepAlive, request.protocolVersion(), false);
                resume(ctx);
            }
        }

        /** The slow answer is out: the requests that waited behind it, then reading again. */
        private void resume(ChannelHandlerContext ctx) {
            busy = false;
            HttpRequest next;
            while (!busy && (next = waiting.poll()) != null) {
                handle(ctx, next);
            }
            ctx.flush();
            if (!busy) {
                ctx.channel().config().setAutoRead(true);
            }
        }
    }

    private void write(ChannelHandlerContext ctx, Answer answer, HttpVersion version, String requestId,
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

    private void bare(ChannelHandlerContext ctx, HttpResponseStatus status, String requestId, boolean flush) {
        var response = response(status, requestId);
        boolean keepAlive = false; // after a malformed request or a failure, start afresh
        keepAlive(response.headers(), keepAlive, HttpVersion.HTTP_1_1);
        done(ctx, ctx.write(response), keepAlive, flush);
    }

    private void finish(ChannelHandlerContext ctx, DefaultFullHttpResponse response, boolean keepAlive,
                        HttpVersion version, boolean flush) {
        keepAlive(response.headers(), keepAlive, version);
        done(ctx, ctx.write(response), keepAlive, flush);
    }

    private DefaultFullHttpResponse response(HttpResponseStatus status, String requestId) {
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

    private static void done(ChannelHandlerContext ctx, io.netty.channel.ChannelFuture sent, boolean keepAlive,
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

    /** The path of an origin-form (or absolute-form) request target, without its query; null when malformed. */
    static String path(String uri) {
        if (uri.startsWith("/")) {
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }
        try {
            String path = new URI(uri).getRawPath();
            return path == null || path.isEmpty() ? null : path;
        } catch (URISyntaxException notATarget) {
            return null;
        }
    }

    private static long ifModifiedSince(String header) {
        if (header == null) {
            return -1;
        }
        Date date = DateFormatter.parseHttpDate(header);
        return date == null ? -1 : date.getTime();
    }
}
