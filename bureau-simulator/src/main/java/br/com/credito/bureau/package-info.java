/**
 * The external score and credit-history bureaus, simulated with WireMock for the local stack, load tests and other
 * modules' tests. Fixtures live under {@code bureau/mappings} on the classpath (see the module README for the client
 * ids of each policy path); faults are switched at run time through the admin API or {@link FalhasDoBureau}.
 */
package br.com.credito.bureau;
