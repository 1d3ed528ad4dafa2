package pl.ordernotify.console.campaigns;

import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.templates.TemplateService;

/** What the campaigns screen and its wizard read and change. */
public record CampaignsServices(
    CampaignService campaigns, TemplateService templates, SettingsService settings) {}
