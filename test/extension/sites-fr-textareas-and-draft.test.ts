import { siteSuite } from "./site-suite.js";

siteSuite("fr", "fr-CA", ["mastodon", "instagram", "x", "x-draft"], true);
