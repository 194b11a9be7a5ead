package id.kalbar.monev.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The province deployments a national deployment mirrors, by a name of the administrator's choosing:
 * {@code monev.sync.sources.kalbar.url}, {@code .client-id}, {@code .client-secret} (an integration client
 * of that deployment, which reads its whole data) and {@code .region} (the province its data may touch here).
 */
@ConfigMapping(prefix = "monev.sync")
public interface SyncConfig {

    Map<String, Source> sources();

    /** How often the enabled sources are pulled, e.g. {@code 5m}; {@code off} leaves them to runs on demand. */
    String every();

    /** Changes asked for at once; the source answers at most 5,000. */
    @WithDefault("500")
    int pageSize();

    /** How long one request to a source may take before the run fails. */
    @WithDefault("PT60S")
    Duration requestTimeout();

    interface Source {

        /** Where the source's API is, e.g. https://monev.kalbarprov.go.id */
        URI url();

        String clientId();

        String clientSecret();

        /** The Kemendagri code of the province whose data this source brings. */
        String region();

        @WithDefault("true")
        boolean enabled();
    }
}
