package pl.ordernotify.console.stages;

import pl.ordernotify.stages.StageService;
import pl.ordernotify.templates.TemplateService;

/** What the stages screen changes, and the templates it offers for each stage. */
public record StagesServices(StageService stages, TemplateService templates) {}
