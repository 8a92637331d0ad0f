import { editingSuite } from "./editing-suite.js";

editingSuite("fr", "fr-CA", ["mastodon", "instagram", "x", "x-draft"]);
