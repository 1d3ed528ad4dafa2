package pl.ordernotify.campaigns;

/** The CAMPAIGN template a campaign uses for one language. */
public record CampaignTemplate(String language, long templateId, String name, String body) {}
