/** The edge's configuration: where each service lives and the per-client request limit. */
package br.com.credito.edge.config;
