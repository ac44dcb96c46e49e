package org.peerplanner.web.calendar;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc with the servlet filter that answers feeds (MockMvc adds no servlet filter by itself). */
final class FeedMockMvc {

    /** The app's Spring Security filter chain behind the feed filter, as on the server. */
    static MockMvc of(WebApplicationContext context) {
        FilterRegistrationBean<?> feeds = context.getBean("feedEndpoint", FilterRegistrationBean.class);
        return MockMvcBuilders.webAppContextSetup(context).addFilter(feeds.getFilter(), "/calendar/*")
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private FeedMockMvc() {
    }
}
