package pl.ordernotify.campaigns;

import java.time.Instant;
import java.util.List;

/**
 * What staff fill in to create a campaign (console wizard, {@code campaigns create}).
 *
 * @param templates CAMPAIGN template names, one per language
 * @param sharedCode one code for everyone, or null
 * @param uniquePrefix prefix of a unique code per recipient, or null (not both)
 * @param validDays how long the code is valid after the start; null = 14
 * @param startAt when it starts by itself; null = when staff start it
 */
public record CampaignDraft(
    String name,
    List<String> templates,
    String promotion,
    String sharedCode,
    String uniquePrefix,
    Integer validDays,
    AudienceFilter audience,
    Instant startAt) {

  public static final int DEFAULT_VALID_DAYS = 14;
}
