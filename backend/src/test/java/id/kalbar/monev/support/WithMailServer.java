package id.kalbar.monev.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded SMTP server for every @QuarkusTest in the module. */
@QuarkusTestResource(MailServerResource.class)
public final class WithMailServer {

    private WithMailServer() {
    }
}
