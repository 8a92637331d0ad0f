import { editingSuite } from "./editing-suite.js";

editingSuite("fr", "fr-CA", ["facebook", "threads", "bluesky", "reddit", "linkedin"]);
