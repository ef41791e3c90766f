package org.foyer.clients.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.access.Caller;

/** The searchable client list. */
@Named
@RequestScoped
public class ClientList {

  @Inject ClientRecords records;
  @Inject Caller caller;

  private String query;
  private List<ClientSummary> results;

  public List<ClientSummary> getResults() {
    if (results == null) {
      results = records.search(caller, query);
    }
    return results;
  }

  public void search() {
    results = null;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
