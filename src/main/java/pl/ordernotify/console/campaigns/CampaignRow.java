package pl.ordernotify.console.campaigns;

import pl.ordernotify.campaigns.CampaignResults;

/** One line of the campaigns list: the campaign with its progress and results. */
public record CampaignRow(
    String name, String status, String statusText, String note, CampaignResults results) {

  public double progress() {
    return results.progress();
  }
}
