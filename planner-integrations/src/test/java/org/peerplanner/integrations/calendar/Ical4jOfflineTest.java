package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/**
 * iCal4j (our test-time parser and validator) must not reach for the network: the writer itself never needs it, and
 * a build on a machine without internet must pass. Any URL connection would ask the default ProxySelector first.
 */
class Ical4jOfflineTest {

    @Test
    void configuredForAnInMemoryCacheAndNoUpdates() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"))
                .contains("net.fortuna.ical4j.util.MapTimeZoneCache");
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void parsingValidatingAndZoneLookupsOpenNoConnection() {
        List<URI> requested = new CopyOnWriteArrayList<>();
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                requested.add(uri);
                throw new AssertionError("iCal4j tried to connect to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);
            Ics.assertIcal4jValid(writer.invite(Sessions.lunchAndLearn()));
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            for (String id : List.of("America/Los_Angeles", "Asia/Kolkata", "Europe/Berlin", "Australia/Lord_Howe")) {
                TimeZone zone = registry.getTimeZone(id);
                assertThat(zone).as(id).isNotNull();
                assertThat(zone.toZoneId().getRules().getOffset(Sessions.NOW))
                        .isEqualTo(ZoneId.of(id).getRules().getOffset(Sessions.NOW));
            }
        } finally {
            ProxySelector.setDefault(original);
        }
        assertThat(requested).isEmpty();
    }
}
