package org.peerplanner.web.calendar;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
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
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
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
    private final FeedAnswers answers;
    private final FeedListenerSettings settings;
    private final FeedResponses responses;
    private final AsciiString requestIdHeader;
    private volatile EventLoopGroup loops;
    private volatile ExecutorService render;
    private volatile Channel server;

    FeedListener(FeedAnswers answers, FeedListenerSettings settings, MonitoringSettings monitoring, Clock clock) {
        this.answers = answers;
        this.settings = settings;
        this.responses = new FeedResponses(monitoring.requestIdHeader(), clock);
        this.requestIdHeader = AsciiString.cached(monitoring.requestIdHeader());
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
                responses.bare(ctx, HttpResponseStatus.BAD_REQUEST, null, false);
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
                responses.bare(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, requestId, false);
                return;
            }
            if (fast != Answer.NEEDS_DATABASE) {
                responses.write(ctx, fast, request.protocolVersion(), requestId, keepAlive, false);
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
                                responses.bare(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, requestId, true);
                            } else {
                                responses.write(ctx, answer, request.protocolVersion(), requestId, keepAlive, true);
                            }
                            resume(ctx);
                        });
                    } catch (RejectedExecutionException stopping) {
                        ctx.channel().close(); // the listener is stopping: nothing more is written
                    }
                });
            } catch (RejectedExecutionException full) {
                var busyResponse = responses.response(HttpResponseStatus.SERVICE_UNAVAILABLE, requestId);
                busyResponse.headers().set(HttpHeaderNames.RETRY_AFTER, "5");
                responses.finish(ctx, busyResponse, keepAlive, request.protocolVersion(), false);
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
