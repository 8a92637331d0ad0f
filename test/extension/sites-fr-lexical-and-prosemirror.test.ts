import { siteSuite } from "./site-suite.js";

siteSuite("fr", "fr-CA", ["facebook", "threads", "bluesky"]);
