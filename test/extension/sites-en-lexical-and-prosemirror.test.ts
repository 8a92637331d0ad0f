import { siteSuite } from "./site-suite.js";

siteSuite("en", "en-CA", ["facebook", "threads", "bluesky"]);
