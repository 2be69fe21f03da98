package br.com.credito.localstack.infra;

/**
 * The seam for the external bureau APIs. Until bureau-simulator (issue 3) publishes its own starter, the launcher uses
 * {@link WireMockBureau}; switching means one new implementation of this interface and one line in the launcher.
 */
public interface SimuladorBureau extends AutoCloseable {

    /** Where the admin API is, to change fixtures and inject faults at run time. */
    String urlAdmin();

    @Override
    void close();
}
